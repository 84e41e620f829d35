namespace Interdict.Store;

/// <summary>The store cannot be used as asked: a location that does not parse, a database it cannot open, a schema
/// newer than this program, versions that do not exist or belong to another source.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
