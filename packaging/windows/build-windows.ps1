# Builds Quire's Windows installer (MSI) with jpackage from a JDK 17. Run on Windows from the repository root:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Needs: JDK 17 (JAVA_HOME), Maven, and WiX Toolset 3.x (candle.exe/light.exe on PATH; JDK 17's jpackage does
# not support WiX 4+). See docs/packaging.md.
$ErrorActionPreference = 'Stop'
$jdk = $env:JAVA_HOME
if (-not (Test-Path "$jdk\bin\jpackage.exe")) { throw "Set JAVA_HOME to a JDK 17 with jpackage" }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    throw "WiX 3 (candle.exe, light.exe) not on PATH: https://wixtoolset.org/docs/v3/ (winget install WiXToolset.WiXToolset)"
}
$out = 'build\packaging'
mvn -q -B package -DskipTests
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$out\input\lib" | Out-Null
Copy-Item target\quire.jar "$out\input\"
# The app jar and the runtime jars without the empty javafx-*-<version>.jar placeholders (keep the -win ones).
Get-ChildItem target\lib\*.jar | Where-Object {
    -not ($_.Name -like 'javafx-*.jar' -and $_.Name -notlike 'javafx-*-win.jar')
} | Copy-Item -Destination "$out\input\lib\"
# The JavaFX .dll files beside the JavaFX jars (the pom unpacks only the Linux .so files), so JavaFX loads them
# from there instead of extracting them to the user's cache on every start. tar.exe ships with Windows 10+.
Get-ChildItem "$out\input\lib\javafx-*-win.jar" | ForEach-Object {
    tar.exe -xf $_.FullName -C "$out\input\lib" '*.dll'
}

$scan = Get-ChildItem "$out\input\lib\*.jar" | Where-Object { $_.Name -notlike 'atlantafx-base-*' } | ForEach-Object { $_.FullName }
$modules = & "$jdk\bin\jdeps.exe" --print-module-deps --ignore-missing-deps --multi-release 17 "$out\input\quire.jar" @scan
$modules = "$modules,java.logging"
& "$jdk\bin\jlink.exe" --add-modules $modules --strip-debug --no-header-files --no-man-pages `
    --generate-cds-archive --output "$out\runtime"

$version = (Select-Xml -Path pom.xml -Namespace @{m='http://maven.apache.org/POM/4.0.0'} -XPath '/m:project/m:version').Node.InnerText -replace '-.*',''
# Windows builds ship without app CDS archives for now
# (JDK 17 archives are tied to the install path; see docs/packaging.md).
& "$jdk\bin\jpackage.exe" --type msi --name Quire --dest "$out\msi" `
    --input "$out\input" --main-jar quire.jar --main-class app.quire.ui.Launcher `
    --runtime-image "$out\runtime" --app-version $version --vendor Quire `
    --description 'Markdown blog editor with live preview' `
    --icon packaging\windows\quire.ico `
    --java-options '-XX:TieredStopAtLevel=1' `
    --add-launcher quire-cli=packaging\windows\quire-cli.properties `
    --file-associations packaging\windows\markdown.properties `
    --win-menu --win-menu-group Quire --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid 6f1d3c52-8a0e-4b8e-9a63-2f1f0c3e7a41
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$out\msi"
