using System.Text.RegularExpressions;
using WorkingParty.Bot.Features.MinutesReview;
using WorkingParty.Bot.Tests.Support;
using WorkingParty.Cards;
using WorkingParty.Cards.AdaptiveCards;
using WorkingParty.Cards.Views;
using WorkingParty.Minutes.Corrections;
using WorkingParty.Minutes.Reading;
using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.MinutesReview;

/// <summary>
/// The review card of every minutes document the reader takes (the samples, and the blind set's Council documents in
/// text, PDF and DOCX): every page under Teams' payload limit, every fact on one page, and every card accepted by
/// Microsoft's adaptivecards renderer without an error or a warning.
/// </summary>
public sealed class ReviewCardsOfRealMinutesTests : IDisposable
{
    private static readonly Regex DateInput = new("\"id\":\"(date|deadline)\\.[a-z0-9]+\\.date\"");
    private static readonly Regex PageOf = new(@"page 1 of (\d+)");
    private static readonly ReplyBuilder Replies = new(new Uri("https://bot.example.org/"), TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
    private readonly string _cards = Directory.CreateTempSubdirectory("wp-review-cards-").FullName;

    [Fact]
    public async Task Every_page_of_every_review_fits_and_passes_the_renderer()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Root, "samples", "minutes"))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Root, "tests", "blind"), "*", SearchOption.AllDirectories))
            .Where(file => Path.GetExtension(file) is ".txt" or ".pdf" or ".docx")
            .Order(StringComparer.Ordinal).ToList();
        var reader = new MinutesReader();
        var reviewed = 0;
        var largest = (File: "", Facts: 0, Pages: 0);
        foreach (var document in documents)
        {
            if ((await reader.TryReadAsync(document, IngestOptions.None)).Meeting is not { } meeting) continue;
            var view = new MinutesReviewView("5c1e9a0b7d3f4e21", Path.GetFileName(document), 0, MinutesReviewState.Pending,
                MinutesReviewViews.Reviewed(CorrectionOverlay.Apply(meeting, CorrectionSet.Empty), CorrectionSet.Empty));
            var pages = Pages(view);
            Assert.True(pages.All(card => Bytes(card) <= CardJson.MaxCardBytes), $"{document}: a page is over the limit");
            Assert.Equal(meeting.Items.Count, pages.Sum(card => Count(card, "\"id\":\"title.")));
            Assert.Equal(meeting.Events.Count, pages.Sum(card => DateInput.Matches(card).Count(m => m.Groups[1].Value == "date")));
            Assert.Equal(meeting.Deadlines.Count, pages.Sum(card => DateInput.Matches(card).Count(m => m.Groups[1].Value == "deadline")));
            for (var page = 0; page < pages.Count; page++) File.WriteAllText(Path.Combine(_cards, $"{reviewed:d3}-{page}.json"), pages[page]);
            var facts = meeting.Items.Count + meeting.Events.Count + meeting.Deadlines.Count;
            if (facts > largest.Facts) largest = (Path.GetFileName(document), facts, pages.Count);
            reviewed++;
        }

        var (exitCode, output) = await ToolProcess.RunAsync("node", [Path.Combine(RepositoryFolders.Root, "tests", "tools", "check-cards.mjs"), _cards], RepositoryFolders.Root);

        Assert.True(reviewed >= 60, $"only {reviewed} documents were read");
        Assert.True(exitCode == 0, output);
        Assert.True(largest.Pages >= 1, $"{largest}");
    }

    /// <summary>Every page of the review, as the JSON Teams gets.</summary>
    private static List<string> Pages(MinutesReviewView view)
    {
        var first = CardJson.Serialize(Replies.Build(view).Card);
        var count = PageOf.Match(first) is { Success: true } page ? int.Parse(page.Groups[1].Value) : 1;
        return [first, .. Enumerable.Range(1, count - 1).Select(page => CardJson.Serialize(Replies.Build(view with { Page = page }).Card))];
    }

    private static int Bytes(string json) => System.Text.Encoding.UTF8.GetByteCount(json);

    private static int Count(string json, string part) => (json.Length - json.Replace(part, "").Length) / part.Length;

    public void Dispose() => Directory.Delete(_cards, recursive: true);
}
