using WorkingParty.Minutes.Model;
using WorkingParty.Storage.Time;

namespace WorkingParty.Bot.Features.MinutesReview;

/// <summary>Who acts in a turn, and when, as a correction or a publication records it: the sender's Teams name, now, and the working party's day.</summary>
public sealed class CorrectionAuthors(TimeProvider time)
{
    public CorrectionMark Of(ITurnContext turnContext) => new(TurnUser.Of(turnContext).DisplayName, time.GetUtcNow(), time.Today());
}
