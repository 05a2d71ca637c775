def log = new File(basedir, 'build.log').text
assert log.contains('step.cmd.boom') : 'the grid ran and reported its step'
assert log.contains('bggo: grid fails: a step failed (exit 1)')
assert log =~ /Failed to execute goal dev\.burstgrid:bggo-maven-plugin:[^:]+:run .*1 of 1 grid failed: fails: a step failed/
assert log =~ /:run .*fails: a step failed \(exit 1\): step step\.cmd\.boom \(fails\.hcl:1:1\)/ : 'the failure names the step'
