using System.ComponentModel.DataAnnotations;

namespace WorkingParty.Bot.Hosting;

/// <summary>The configuration section <c>Bot</c>.</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>Where users' browsers reach the bot (calendar files, exports).</summary>
    public Uri PublicUrl { get; set; } = new("http://localhost:3978");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!PublicUrl.IsAbsoluteUri || (PublicUrl.Scheme != Uri.UriSchemeHttps && PublicUrl.Scheme != Uri.UriSchemeHttp))
            yield return new ValidationResult($"'{PublicUrl}' is not an http or https address.", [nameof(PublicUrl)]);
    }
}
