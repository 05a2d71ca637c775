def log = new File(basedir, 'build.log').text
def failure = (log =~ /Failed to execute goal dev\.burstgrid:bggo-maven-plugin:[^:]+:verify .*/)[0]
assert failure.contains('2 of 2 grids failed')
assert failure.contains('load: a threshold failed (exit 99): threshold many_iterations failed: metric.iterations.count > 100 (measured iterations.count=2)')
assert failure.contains('check says_bye of step.print.hello failed 2 of 2 times')
assert failure.contains('single: a step failed (exit 1): step step.print.hello (single.hcl:1:1): check "says_bye" (single.hcl:3:3) failed: expected bye')
['report.json', 'junit.xml', 'report.html'].each {
  assert new File(basedir, "target/bggo/load/$it").isFile() : "the load run wrote $it"
}
assert new File(basedir, 'target/bggo/load/junit.xml').text.contains('many_iterations')
def summary = new File(basedir, 'target/bggo/summary.properties').text
assert summary.contains('exit.load=99') && summary.contains('exit.single=1')
