def log = new File(basedir, 'build.log').text
def bad = new File(basedir, 'src/test/grids/bad.hcl').canonicalPath
assert log.contains("[ERROR] ${bad}:2:15: Error: Unsupported argument") : 'the error names file:line:col'
assert log.contains('Did you mean "input"?')
assert log.contains("[ERROR] ${bad}:2:3: Error: Missing required argument") : 'every error is reported'
assert log.contains('bggo: grid good is valid')
assert log.contains('grid bad has 2 errors, first: ' + bad + ':2:3: Missing required argument')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') : 'no stack trace'
