def log = new File(basedir, 'build.log').text
assert log.contains('0 grids generated, 2 up to date (hello, other)') : 'the second build generated nothing'
def source = new File(basedir, 'target/generated-test-sources/bggo/bggo/generated/HelloGrid.java')
assert source.isFile()
assert new File(basedir, 'target/maven-status/bggo/test/generate.properties').isFile()
def report = new File(basedir, 'target/surefire-reports/TEST-it.bggo.HelloGridTest.xml')
assert report.isFile() && report.text.contains('failures="0"') && report.text.contains('tests="1"') : 'the project test called the generated class'
// The first build ran the test; the second (test-compile) must not have rewritten the source after it.
assert source.lastModified() <= report.lastModified() : 'HelloGrid.java was written again by the second build'
