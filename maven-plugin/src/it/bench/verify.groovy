def log = new File(basedir, 'build.log').text
assert log.contains('bggo: benchmarking grid quick')
assert log =~ /QuickGridBench\.iteration\s+sample/ : "JMH's table is in the build log"
def result = new File(basedir, 'target/bggo/bench/quick.json')
assert result.isFile() && result.text.contains('"primaryMetric"') : 'JMH wrote its JSON result before the gate'
assert log.contains('Baseline comparison')
assert log =~ /Failed to execute goal dev\.burstgrid:bggo-maven-plugin:[^:]+:bench .*1 of 1 grid failed the benchmark: quick: regressed against the baseline: bggo\.generated\.QuickGridBench\.iteration sample: 0\.001/
