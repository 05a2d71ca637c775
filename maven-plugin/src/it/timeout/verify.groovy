def log = new File(basedir, 'build.log').text
assert log.contains('bggo: grid hangs: did not finish within bggo.timeout')
assert log =~ /Failed to execute goal dev\.burstgrid:bggo-maven-plugin:[^:]+:run .*1 of 1 grid failed: hangs: did not finish within bggo.timeout/
