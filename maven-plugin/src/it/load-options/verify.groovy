import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('shortcuts: bad arguments or variable values (exit 2): --vus takes a whole number of at least 1, not "0"; its output is in') :
    'a bad load option fails the build with the launcher\'s own message'

def iterations = { String grid ->
  def report = new JsonSlurper().parse(new File(basedir, "target/bggo/$grid/report.json"))
  assert report.status == 'ran'
  [report.scenarios*.name, report.metrics.find { it.name == 'iterations' }.fields.count]
}
assert iterations('scenarios') == [['second'], 4] : 'bggo.scenario=second ran that scenario alone: 2 VUs x 2 iterations'
assert iterations('shortcuts') == [['default'], 7] : 'bggo.vus=2 and bggo.iterations=7 made a shared-iterations scenario'
assert log.contains('default: shared-iterations: 7 iterations shared by 2 VUs')
