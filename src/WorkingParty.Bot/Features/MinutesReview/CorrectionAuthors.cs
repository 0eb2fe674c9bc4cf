using WorkingParty.Bot.Hosting;
using WorkingParty.Minutes.Model;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>Who acts in a turn, and when, as a correction or a publication records it: the sender's Teams name, now, and the working party's day.</summary>
public sealed class CorrectionAuthors(TimeProvider time, WorkingPartyCalendar calendar)
{
    public CorrectionMark Of(ITurnContext turnContext) => new(TurnUser.Of(turnContext).DisplayName, time.GetUtcNow(), calendar.Today);
}
