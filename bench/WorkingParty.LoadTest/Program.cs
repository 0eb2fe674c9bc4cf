using WorkingParty.LoadTest;

return await LoadTestCommand.RunAsync(args);
