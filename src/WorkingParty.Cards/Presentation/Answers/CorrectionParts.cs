using WorkingParty.Minutes.Model;

namespace WorkingParty.Cards.Presentation.Answers;

/// <summary>
/// A date or deadline the secretariat corrected over what the minutes say, in the card and its text alike:
/// "Corrected by the secretariat on 27 March 2017".
/// </summary>
internal static class CorrectionParts
{
    public static IEnumerable<CardElement> Card(CorrectionMark? corrected)
    {
        if (corrected is not null)
        {
            yield return TextBlock.Literal(Wording.Corrected(corrected)) with { Color = TextColor.Accent, Spacing = Spacing.Small };
        }
    }

    public static string? Text(CorrectionMark? corrected) => corrected is null ? null : Wording.Corrected(corrected);
}
