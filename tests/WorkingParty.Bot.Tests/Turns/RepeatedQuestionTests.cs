using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkingParty.Bot.Tests.Support;

namespace WorkingParty.Bot.Tests.Turns;

/// <summary>Replies are kept for questions asked again (Features/Questions/RecentReplies); a kept reply must never outlive its day.</summary>
public sealed class RepeatedQuestionTests : IDisposable
{
    private const string ServiceUrl = "http://127.0.0.1:9/";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2017, 3, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly TurnRunner _bot;

    public RepeatedQuestionTests() =>
        _bot = new TurnRunner(overrideServices: services => services.AddSingleton<TimeProvider>(_time));

    [Fact]
    public async Task A_question_asked_again_gets_the_same_reply_in_a_new_activity()
    {
        var first = Assert.Single(await _bot.RunAsync(TeamsActivities.PersonalMessage("what deadlines are open?", ServiceUrl)));
        var again = Assert.Single(await _bot.RunAsync(TeamsActivities.PersonalMessage("what deadlines are open?", ServiceUrl)));

        Assert.NotSame(first, again);
        Assert.Equal(first.Summary, again.Summary);
        Assert.Equal(Assert.Single(first.Attachments).Content.ToString(), Assert.Single(again.Attachments).Content.ToString());
        Assert.Contains("29 March 2017", again.Summary);
    }

    [Fact]
    public async Task The_same_question_on_a_later_day_is_answered_for_that_day()
    {
        var before = Assert.Single(await _bot.RunAsync(TeamsActivities.PersonalMessage("what deadlines are open?", ServiceUrl)));
        _time.Advance(TimeSpan.FromDays(5));
        var after = Assert.Single(await _bot.RunAsync(TeamsActivities.PersonalMessage("what deadlines are open?", ServiceUrl)));

        Assert.Contains("29 March 2017", before.Summary);
        Assert.DoesNotContain("29 March 2017", after.Summary);
    }

    public void Dispose() => _bot.Dispose();
}
