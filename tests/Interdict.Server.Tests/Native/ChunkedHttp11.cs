using System.Net.Sockets;
using System.Text;

namespace Interdict.Server.Tests.Native;

/// <summary>
/// One HTTP/1.1 POST over a raw socket, its body sent in chunks as the test chooses and its answer read line by line
/// as it comes — what curl or a script client does, and what HttpClient cannot (it sends a whole HTTP/1.1 body before
/// it reads).
/// </summary>
internal sealed class ChunkedHttp11 : IAsyncDisposable
{
    private readonly TcpClient _tcp = new();
    private Stream _stream = null!;
    private BufferedStream _input = null!;
    private int _chunkLeft;

    public static async Task<ChunkedHttp11> PostAsync(Uri address, string path, string contentType, string key)
    {
        var http = new ChunkedHttp11();
        await http._tcp.ConnectAsync(address.Host, address.Port);
        http._stream = http._tcp.GetStream();
        http._input = new BufferedStream(http._stream);
        var head = $"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: ApiKey {key}\r\n"
            + $"Content-Type: {contentType}\r\nTransfer-Encoding: chunked\r\n\r\n";
        await http._stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        return http;
    }

    public async Task SendAsync(string text)
    {
        var body = Encoding.UTF8.GetBytes(text);
        await _stream.WriteAsync(Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"));
        await _stream.WriteAsync(body);
        await _stream.WriteAsync("\r\n"u8.ToArray());
    }

    public async Task EndAsync() => await _stream.WriteAsync("0\r\n\r\n"u8.ToArray());

    /// <summary>The status line and headers.</summary>
    public async Task<string> ReadHeadAsync()
    {
        var head = new StringBuilder();
        while (await ReadRawLineAsync() is { Length: > 0 } line) head.Append(line).Append('\n');
        return head.ToString();
    }

    /// <summary>The next line of the chunked answer; null at its end.</summary>
    public async Task<string?> ReadLineAsync()
    {
        var line = new List<byte>();
        while (await ReadBodyByteAsync() is { } b && b != '\n') line.Add(b);
        return line.Count == 0 && _chunkLeft < 0 ? null : Encoding.UTF8.GetString([.. line]);
    }

    private async Task<byte?> ReadBodyByteAsync()
    {
        if (_chunkLeft < 0) return null;
        if (_chunkLeft == 0)
        {
            var size = await ReadRawLineAsync();
            if (size.Length == 0) size = await ReadRawLineAsync();
            _chunkLeft = Convert.ToInt32(size, 16);
            if (_chunkLeft == 0)
            {
                _chunkLeft = -1;
                return null;
            }
        }
        var one = new byte[1];
        await _input.ReadExactlyAsync(one);
        _chunkLeft--;
        return one[0];
    }

    private async Task<string> ReadRawLineAsync()
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            await _input.ReadExactlyAsync(one);
            if (one[0] == '\n') return line.ToString().TrimEnd('\r');
            line.Append((char)one[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }
}
