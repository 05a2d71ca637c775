def log = new File(basedir, 'build.log').text
assert log.count('bggo: skipped (bggo.skip)') == 4 : 'check, generate, run and verify each say they skipped'
assert !new File(basedir, 'target/bggo').exists()
assert !new File(basedir, 'target/generated-test-sources').exists()
assert log.contains('bggo:run') && log.contains('bggo.failOnError') : 'bggo:help describes the goals and their properties'
