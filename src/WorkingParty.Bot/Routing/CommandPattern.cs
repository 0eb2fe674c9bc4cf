using System.Text.RegularExpressions;

namespace WorkingParty.Bot.Routing;

/// <summary>A message taken as a command: what was typed, and the command's argument (a deadline id), if it has one.</summary>
public sealed record CommandMatch(string Text, string? Argument = null);

/// <summary>
/// Which messages a command answers: phrases, a regular expression (its group <c>argument</c> is the argument), or
/// files of a kind. <see cref="Examples"/> are messages it surely answers, which no other command may answer.
/// </summary>
public abstract class CommandPattern
{
    private CommandPattern(IReadOnlyList<string> examples) => Examples = examples;

    public IReadOnlyList<string> Examples { get; }

    /// <summary>Whether it answers messages by the files they carry (looked at before any text) rather than by their text.</summary>
    public virtual bool TakesFiles => false;

    /// <summary>Phrases matched whole, whatever the case and a closing "." or "!".</summary>
    public static CommandPattern Phrases(params string[] phrases) => new PhrasePattern(phrases);

    public static CommandPattern Expression(Regex expression, params string[] examples) => new ExpressionPattern(expression, examples);

    /// <param name="what">What the files are, named when two commands claim files.</param>
    public static CommandPattern Files(Func<Attachment, bool> accepts, string what) => new FilePattern(accepts, what);

    /// <param name="text">The message's text without the bot's @mention.</param>
    public abstract CommandMatch? Match(IMessageActivity message, string text);

    /// <summary>A message both patterns answer, or null when no message can be both commands.</summary>
    public string? SharedExample(CommandPattern other) =>
        TakesFiles != other.TakesFiles ? null
        : TakesFiles ? Examples[0]
        : Examples.Concat(other.Examples).FirstOrDefault(example => Answers(example) && other.Answers(example));

    private bool Answers(string example) => Match(MessageFactory.Text(example), example) is not null;

    private sealed class PhrasePattern(string[] phrases) : CommandPattern(phrases)
    {
        private readonly HashSet<string> _phrases = new(phrases, StringComparer.OrdinalIgnoreCase);

        public override CommandMatch? Match(IMessageActivity message, string text) =>
            _phrases.Contains(text.TrimEnd('.', '!')) ? new CommandMatch(text) : null;
    }

    private sealed class ExpressionPattern(Regex expression, string[] examples) : CommandPattern(examples)
    {
        public override CommandMatch? Match(IMessageActivity message, string text) =>
            expression.Match(text) is { Success: true } match
                ? new CommandMatch(text, match.Groups["argument"] is { Success: true } argument ? argument.Value : null)
                : null;
    }

    private sealed class FilePattern(Func<Attachment, bool> accepts, string what) : CommandPattern([what])
    {
        public override bool TakesFiles => true;

        public override CommandMatch? Match(IMessageActivity message, string text) =>
            message.Attachments?.Any(accepts) == true ? new CommandMatch(text) : null;
    }
}
