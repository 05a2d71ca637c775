def log = new File(basedir, 'build.log').text
assert log.contains('Recorded for bggo:verify')
assert log =~ /Failed to execute goal dev\.burstgrid:bggo-maven-plugin:[^:]+:verify .*1 of 1 grid failed: fails: a step failed/
assert new File(basedir, 'target/bggo/summary.properties').text.contains('fails=1')
