using BenchmarkDotNet.Running;
using WorkingParty.Benchmarks;

if (args is ["coldstart", ..])
    return await ColdStartProfile.RunAsync(args[1..]);
if (args is ["sentences", ..])
    return SentenceStages.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
