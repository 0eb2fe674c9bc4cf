namespace WorkingParty.Minutes.Reading.Pdf;

/// <summary>
/// Lines read top to bottom without a jump: a page, or one column of a two-column part of a page.
/// </summary>
/// <param name="Top">Where the flow's text starts when nothing interrupts it: a flow whose first line starts lower
/// begins a new paragraph.</param>
/// <param name="StartsPage">The flow is the first on its page.</param>
/// <param name="Right">Where its lines end when they are full: the right margin, or the gutter for a left column.</param>
internal sealed record TextFlow(IReadOnlyList<PdfLine> Lines, double Top, bool StartsPage, double Right);
