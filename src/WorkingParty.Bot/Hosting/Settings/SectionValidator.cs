using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace WorkingParty.Bot.Hosting.Settings;

/// <summary>
/// Checks a settings section's data annotations and, for an <see cref="IValidatableObject"/>, its own rules; each failure
/// names the full key ("Broadcast:MessagesPerSecond: ..."), so whoever reads the start-up error knows what to fix.
/// </summary>
public sealed class SectionValidator<T>(string section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            return ValidateOptionsResult.Success;
        return ValidateOptionsResult.Fail(results.Select(Describe));
    }

    private string Describe(ValidationResult result)
    {
        var members = result.MemberNames.Any() ? result.MemberNames : [""];
        return string.Join(", ", members.Select(member => member.Length == 0 ? section : $"{section}:{member}"))
            + ": " + result.ErrorMessage;
    }
}
