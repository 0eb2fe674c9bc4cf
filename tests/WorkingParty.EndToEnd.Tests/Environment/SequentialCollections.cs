// Each collection starts a bot, two Playgrounds and a browser: on a small machine, one such environment at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
