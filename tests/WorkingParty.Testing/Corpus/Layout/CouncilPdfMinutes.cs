using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkingParty.Testing.Corpus.Layout;

/// <summary>
/// A long generated minutes document printed in the Council's layout until it fills a number of pages: letterhead,
/// header rows, numbered items with bold titles, justified paragraphs, a footnote on every fourth item, the footer
/// on every page. Returns the PDF with what was printed in it.
/// </summary>
public static partial class CouncilPdfMinutes
{
    private const int NoteEvery = 4;

    public static PrintedMinutes Print(int pages, int seed = 2017)
    {
        var pdf = new CouncilPdfBuilder()
            .Footer("9120/18|JV/lm|{page}", "JAI.1|LIMITE|EN")
            .Letterhead("11 June 2018", "9120/18", limite: true, "JAI 512", "ENFOPOL 301", "COTER 77")
            .Kind("OUTCOME OF PROCEEDINGS")
            .HeaderRow("From:", "General Secretariat of the Council")
            .HeaderRow("On:", "4 June 2018")
            .HeaderRow("To:", "Terrorism Working Party");
        var items = new List<PrintedItem>();
        var notes = new List<string>();
        foreach (var paragraph in new MinutesCorpus(seed).LargeDocument(pages * 6_000).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            if (pdf.PageCount >= pages)
            {
                break;
            }

            var heading = Heading().Match(paragraph);
            if (paragraph.StartsWith("Subject: ", StringComparison.Ordinal))
            {
                pdf.HeaderRow("Subject:", paragraph["Subject: ".Length..]);
            }
            else if (heading.Success)
            {
                var (number, title) = (int.Parse(heading.Groups["number"].Value, CultureInfo.InvariantCulture), heading.Groups["title"].Value);
                pdf.Item($"{number}.", title);
                items.Add(new PrintedItem(number, title, []));
                if (number % NoteEvery == 0)
                {
                    notes.Add($"Doc. {7000 + notes.Count}/18, circulated to delegations before the meeting.");
                    pdf.Footnote($"{notes.Count}", notes[^1]);
                    pdf.Paragraph($"The Presidency recalled the note it had circulated^{notes.Count} and opened the discussion.");
                    items[^1].Paragraphs.Add("The Presidency recalled the note it had circulated and opened the discussion.");
                }
            }
            else
            {
                pdf.Paragraph(paragraph);
                items[^1].Paragraphs.Add(paragraph);
            }
        }

        return new PrintedMinutes(pdf.Build(), pdf.PageCount, items, notes);
    }

    [GeneratedRegex(@"^(?<number>\d+)\. (?<title>.+)$")]
    private static partial Regex Heading();
}

/// <summary>A printed PDF and what it holds: its items with their paragraphs, and its footnotes in order.</summary>
public sealed record PrintedMinutes(byte[] Pdf, int Pages, IReadOnlyList<PrintedItem> Items, IReadOnlyList<string> Footnotes);

public sealed record PrintedItem(int Number, string Title, List<string> Paragraphs);
