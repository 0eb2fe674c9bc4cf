namespace MinutesWriter;

/// <summary>What the made files say of their making, the same on every run so that regenerating gives the same bytes.</summary>
internal static class Fixed
{
    public const string Producer = "MinutesWriter (tests/blind/tools)";

    public static readonly DateTime Date = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public const string PdfDate = "D:20000101000000Z";
}
