using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkingParty.Cards.Actions;

/// <summary>
/// Publish uploaded minutes: stored, and answered from. From the review card it carries the form's inputs
/// (<see cref="ReviewForm"/>), applied first, and the <see cref="Version"/> of the upload the card showed.
/// </summary>
public sealed record PublishMinutes(string UploadId, int? Version = null) : ButtonData
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Inputs { get; init; }
}

/// <summary>Forget uploaded minutes that were not published.</summary>
public sealed record DiscardMinutes(string UploadId) : ButtonData;

/// <summary>Open the announce form filled with the deadlines of the published minutes.</summary>
public sealed record AnnounceMinutes(string UploadId) : ButtonData;

/// <summary>
/// The review form sent: the corrections typed into it (<see cref="Inputs"/>, read with <see cref="ReviewForm.Read"/>) are
/// saved over the upload's <see cref="Version"/> the card showed, then <see cref="Page"/> of the review is shown.
/// </summary>
public sealed record SaveMinutesReview(string UploadId, int Version, int Page = 0) : ButtonData
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Inputs { get; init; }

    protected override bool IsComplete => base.IsComplete && Page >= 0 && Version >= 0;
}

/// <summary>The secretariat's list of stored minutes, from <see cref="Offset"/> (its next page).</summary>
public sealed record ShowStoredMinutes(int Offset = 0) : ButtonData
{
    protected override bool IsComplete => Offset >= 0;
}

/// <summary>Withdraw the minutes <see cref="SourceId"/>: nobody is answered from them; the list comes back from <see cref="Offset"/>.</summary>
public sealed record WithdrawMinutes(string SourceId, int Offset = 0) : ButtonData
{
    protected override bool IsComplete => base.IsComplete && Offset >= 0;
}

/// <summary>Open the review card of published minutes <see cref="SourceId"/>, to correct what they say now.</summary>
public sealed record ReviewStoredMinutes(string SourceId) : ButtonData;

/// <summary>Restore withdrawn minutes <see cref="SourceId"/>: they are answered from again.</summary>
public sealed record RestoreMinutes(string SourceId, int Offset = 0) : ButtonData
{
    protected override bool IsComplete => base.IsComplete && Offset >= 0;
}
