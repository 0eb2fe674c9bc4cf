namespace MinutesWriter.Markup;

/// <summary>A source line the markup does not allow, with its line number.</summary>
internal sealed class MarkupException(int line, string message) : Exception($"line {line}: {message}");
