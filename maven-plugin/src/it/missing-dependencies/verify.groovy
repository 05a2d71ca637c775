def log = new File(basedir, 'build.log').text
assert log.contains('The generated grid classes need these dependencies')
assert log.contains('<artifactId>bggo-runtime</artifactId>')
assert log.contains('<artifactId>bggo-load</artifactId>')
assert log.contains('<artifactId>bggo-lang</artifactId>')
assert log.contains('<artifactId>bggo-module-core</artifactId>') : 'print is in the core module'
assert !log.contains('bggo-module-http') : 'only the modules the grid uses'
assert log.contains('<scope>test</scope>')
