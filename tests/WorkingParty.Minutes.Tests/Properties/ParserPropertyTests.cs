using CsCheck;
using WorkingParty.Minutes.Extraction;
using WorkingParty.Minutes.Reading;
using WorkingParty.Minutes.Tests.Samples;

namespace WorkingParty.Minutes.Tests.Properties;

public class ParserPropertyTests
{
    private static readonly string[] Fragments =
    [
        "Adoption of the agenda", "The Presidency announced the next meeting on 19 April.", "The HU delegation presented doc. 7130/17.",
        "Delegations were invited to send written comments by 29 March 2017.", "(31/1-1/2/2017)", "end of May", "second half of 2017",
        "It also stressed the need", "The Commission (DG Home) set 3 April as the deadline for comments on the paper.", "end-", "users",
        "initially scheduled for 14 May, postponed to", "Brussels, 22 March 2017", "e.g. CM 1551/1/17 REV 1", "31 February", "2017, Vienna",
        "AOB", "  ", "", " ", "\u00AD", "\u27E60\u27E7", "{DATE}", "1.", "99. X", "a", "(", ")", "-",
    ];

    private static readonly Gen<string> Line = Gen.OneOf<string>(
        Gen.OneOf(Fragments),
        Gen.String,
        Gen.Select(Gen.Int[0, 14], Gen.OneOf(Fragments), (number, title) => $"{number}. {title}"));

    private static readonly Gen<string> MinutesLikeText = Gen.Select(
        Line.Array[0, 40], Gen.OneOf("\n", "\n\n", "\n \n", "\r\n", " "), (lines, separator) => string.Join(separator, lines));

    private static MinutesParseResult Parse(string text) =>
        MinutesParser.Default.Parse(text, "generated.txt", IngestOptions.None, SampleMinutes.Fallback);

    [Fact]
    public void The_parser_never_throws_on_arbitrary_text() =>
        Gen.OneOf<string>(Gen.String, MinutesLikeText).Sample(text =>
        {
            var result = Parse(text);
            Assert.True(result.Meeting is null != (result.Rejection is null));
        }, iter: 2000);

    [Fact]
    public void Item_numbers_always_ascend_from_one_skipping_at_most_one_lost_heading() =>
        MinutesLikeText.Sample(text =>
        {
            var numbers = Parse(text).Meeting?.Items.Select(i => i.Number).ToList() ?? [];
            Assert.True(numbers.Count == 0 || numbers[0] == 1, string.Join(",", numbers));
            Assert.All(numbers.Zip(numbers.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 1, 2));
        }, iter: 2000);

    [Fact]
    public void Text_without_a_first_item_is_rejected_as_not_minutes() =>
        Gen.String.Where(s => !s.Contains('1', StringComparison.Ordinal)).Sample(text =>
        {
            var reason = Parse(text).Rejection?.Reason;
            Assert.True(reason is RejectionReason.Empty or RejectionReason.NotMinutes, $"rejection: {reason}");
        }, iter: 500);
}
