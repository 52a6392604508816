using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CoachBot.Benchmarks.RubricScorerBenchmarks).Assembly).Run(args);
