def log = new File(basedir, 'build.log').text
assert log.contains('step.print.message "Hello, Maven!"') : 'the project runner ran and its output reached print'
assert log.contains('bggo: grid greeting succeeded')
