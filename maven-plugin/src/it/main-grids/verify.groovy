def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/generated-sources/bggo/bggo/generated/HelloGrid.java').isFile()
assert new File(basedir, 'target/classes/bggo/generated/HelloGrid.class').isFile() : 'compiled with the main sources'
assert log.contains('are main sources, but bggo:generate runs in the phase process-classes')
assert log.contains('<phase>generate-sources</phase>')
assert log.contains('0 grids generated, 1 up to date (hello)') : 'the second build generated nothing'
