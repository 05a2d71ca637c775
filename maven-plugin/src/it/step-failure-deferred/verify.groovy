def log = new File(basedir, 'build.log').text
assert log.contains('Recorded for bggo:verify')
assert log =~ /Failed to execute goal dev\.burstgrid:bggo-maven-plugin:[^:]+:verify .*1 of 1 grid failed: fails: a step failed/
assert new File(basedir, 'target/bggo/summary.properties').text.contains('exit.fails=1')
assert log =~ /:verify .*fails: a step failed \(exit 1\): step step\.cmd\.boom \(fails\.hcl:1:1\)/ : 'the deferred failure names the step'
