using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Interdict.Testing;

/// <summary>
/// An HTTP server on 127.0.0.1 at a free port, serving what a test tells it to path by path: a file, an error
/// status, an answer that never comes, or a transfer that breaks off. Unknown paths get 404. Tests never use the
/// network beyond it.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, Task>> _routes = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private readonly CancellationTokenSource _stopping = new();

    public LocalHttpServer()
    {
        (_listener, BaseUrl) = Start();
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>The server's root, ending with '/'.</summary>
    public Uri BaseUrl { get; }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public void Serve(string path, byte[] body) => _routes[Key(path)] = async context =>
    {
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    };

    public void ServeFile(string path, string file) => Serve(path, File.ReadAllBytes(file));

    public void Fail(string path, HttpStatusCode status) => _routes[Key(path)] = context =>
    {
        context.Response.StatusCode = (int)status;
        context.Response.Close();
        return Task.CompletedTask;
    };

    /// <summary>Takes the request and never answers (until the server stops).</summary>
    public void Hang(string path) => _routes[Key(path)] = async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            context.Response.Abort();
        }
    };

    /// <summary>Announces the whole length of <paramref name="body"/>, sends half of it and drops the connection.</summary>
    public void BreakOff(string path, byte[] body) => _routes[Key(path)] = async context =>
    {
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body.AsMemory(0, body.Length / 2));
        await context.Response.OutputStream.FlushAsync();
        context.Response.Abort();
    };

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Requests(string path) => _requests.GetValueOrDefault(Key(path));

    private static string Key(string path) => "/" + path.TrimStart('/');

    /// <summary>A port the system reports free; another process could take it before the listener does, so a few
    /// ports are tried.</summary>
    private static (HttpListener, Uri) Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var url = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(url.AbsoluteUri);
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.AddOrUpdate(path, 1, (_, count) => count + 1);
        try
        {
            if (_routes.TryGetValue(path, out var route)) await route(context);
            else
            {
                context.Response.StatusCode = (int)HttpStatusCode.NotFound;
                context.Response.Close();
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away (a timeout it chose, a test that ended): nothing left to answer.
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Close();
        _stopping.Dispose();
    }
}
