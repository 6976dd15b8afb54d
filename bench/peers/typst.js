// Compiles a .typ file to PDF with Typst (npm @myriaddreamin/typst-ts-node-compiler), for bench/peers.sh.
// usage: node typst.js NODE_MODULES_DIR FONTS_DIR IN.typ OUT.pdf
const [modules, fonts, input, output] = process.argv.slice(2);
const path = require('path');
const { NodeCompiler } = require(path.join(modules, '@myriaddreamin/typst-ts-node-compiler'));
const compiler = NodeCompiler.create({ workspace: '/', fontArgs: [{ fontPaths: [fonts] }] });
require('fs').writeFileSync(output, compiler.pdf({ mainFilePath: path.resolve(input) }));
