using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace WorkingParty.Bot.Bots;

public sealed class Replies
{
    public IActivity Help() => MessageFactory.Text("I answer questions about the working party's meetings: the next meeting, open deadlines, the agenda and what was said under each item.");

    public IActivity Welcome() => MessageFactory.Text("Hello! I am the working party's assistant. Type help to see what I can do.");

    public IActivity Answer(string question) => MessageFactory.Text($"You asked: {question}");
}
