namespace WorkingParty.Storage.Queues;

/// <summary>Proof of having received a message; only the latest receipt of a message can delete or extend it.</summary>
public sealed record MessageReceipt(string MessageId, string PopReceipt);

/// <summary>A received message; <see cref="DequeueCount"/> counts how often it has been received, this time included.</summary>
public sealed record QueuedMessage(string Body, int DequeueCount, MessageReceipt Receipt);
