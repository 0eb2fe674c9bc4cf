namespace WorkingParty.Bot.Bots;

/// <summary>Answers a message that no command took: a question about the minutes.</summary>
public interface IQuestionHandler
{
    Task AnswerAsync(ITurnContext<IMessageActivity> turnContext, string question, CancellationToken cancellationToken);
}
