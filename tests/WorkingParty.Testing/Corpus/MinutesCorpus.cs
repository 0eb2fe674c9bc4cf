using System.Globalization;
using System.Text;

namespace WorkingParty.Testing.Corpus;

/// <summary>
/// Writes realistic Council "outcome of proceedings" minutes from templates: varying bodies, dates, agenda items,
/// speakers, documents, next meetings, workshops and deadlines. The same seed always gives the same corpus.
/// </summary>
public sealed class MinutesCorpus(int seed)
{
    private static readonly DateOnly FirstMeeting = new(2018, 1, 8);
    private const int MeetingDaySpan = 720;

    /// <summary>Meetings numbered 0..count-1; meeting i is the same whatever count is asked for.</summary>
    public IReadOnlyList<GeneratedMinutes> Meetings(int count) => Enumerable.Range(0, count).Select(Meeting).ToList();

    public GeneratedMinutes Meeting(int index)
    {
        // Not HashCode.Combine: it is randomised per process, and the corpus must be the same in every run.
        var random = new Random(unchecked(seed * 100_003 + index));
        var body = Pick(random, CorpusVocabulary.Bodies);
        var date = Weekday(FirstMeeting.AddDays(random.Next(MeetingDaySpan)));
        var writer = new MinutesWriter(random, date);

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Council of the European Union\n\nBrussels, {Long(date.AddDays(3))}\n\nOUTCOME OF PROCEEDINGS\n\n");
        text.Append(CultureInfo.InvariantCulture, $"From: General Secretariat of the Council\nTo: Delegations\nSubject: {body}, meeting held on {Long(date)}\n\n");

        var titles = new List<string> { "Adoption of the agenda", "Information from the Presidency" };
        titles.AddRange(CorpusVocabulary.Topics.OrderBy(_ => random.Next()).Take(random.Next(4, 9)));
        titles.Add("AOB");

        var nextMeeting = Weekday(date.AddDays(random.Next(20, 50)));
        var workshop = Weekday(date.AddDays(random.Next(10, 90)));
        var deadlineItems = Enumerable.Range(3, titles.Count - 3).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Order().ToList();
        var deadlines = new List<ExpectedDeadline>();

        for (var number = 1; number <= titles.Count; number++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{number}. {titles[number - 1]}\n\n");
            text.Append(number switch
            {
                1 => writer.Agenda(),
                2 => writer.PresidencyInformation(nextMeeting, workshop),
                _ when number == titles.Count => "No points were raised under this item of the agenda.\n\n",
                _ => writer.Discussion(titles[number - 1]),
            });

            if (deadlineItems.Contains(number))
            {
                var (sentence, deadline) = writer.Deadline(number);
                text.Append(sentence);
                deadlines.Add(deadline);
            }
        }

        var fileName = $"minutes-{index:D4}.txt";
        return new GeneratedMinutes(fileName, text.ToString(), new ExpectedMeeting(body, date, titles, nextMeeting, workshop, deadlines));
    }

    /// <summary>One long minutes document of at least <paramref name="minimumLength"/> characters (about 1 MB for 1_000_000).</summary>
    public string LargeDocument(int minimumLength)
    {
        var random = new Random(seed);
        var date = new DateOnly(2018, 6, 4);
        var writer = new MinutesWriter(random, date);
        var text = new StringBuilder($"Subject: Working Party on Terrorism, meeting held on {Long(date)}\n\n");
        for (var number = 1; text.Length < minimumLength; number++)
        {
            var topic = Pick(random, CorpusVocabulary.Topics);
            text.Append(CultureInfo.InvariantCulture, $"{number}. {topic}\n\n").Append(writer.Discussion(topic));
            if (number % 7 == 0)
            {
                text.Append(writer.Deadline(number).Sentence);
            }
        }

        return text.ToString();
    }

    internal static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    internal static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
