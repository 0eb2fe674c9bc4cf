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
