namespace MinutesWriter.Markup;

/// <summary>Leading spaces as a distance: four spaces are one step, in both the PDF and the DOCX.</summary>
internal static class SourceIndent
{
    public const double StepPoints = 20;

    public static double Points(int spaces) => spaces / 4.0 * StepPoints;
}
