def log = new File(basedir, 'build.log').text
assert log.contains('step.print.hello "hello world x3"') : 'the grid ran with variables from <variables>, bggo.vars and bggo.var.NAME'
assert log.contains('bggo: grid smoke succeeded')
assert !log.contains('step.cmd.fails') : 'bggo.grids=!left_out leaves that grid out'
def summary = new File(basedir, 'target/bggo/summary.properties').text
assert summary.contains('exit.smoke=0')
assert !summary.contains('left_out')
assert new File(basedir, 'target/bggo/smoke/output.log').text.contains('step.print.hello "hello world x3"')
assert log.contains('bggo: 1 grid succeeded') : 'bggo:verify ran and found nothing to fail'
