// Bundles the LINE sandbox into dist/apps/line-sandbox/main.js (for the Docker image; in development
// `npm run line:sandbox` runs the TypeScript directly).
const { join } = require('path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = join(__dirname, '../..');

module.exports = {
  mode: 'none',
  target: 'node',
  context: __dirname,
  entry: { main: './src/main.ts' },
  output: { path: join(root, 'dist/apps/line-sandbox'), filename: '[name].js', clean: true },
  devtool: 'source-map',
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: join(root, 'node_modules') })],
  optimization: { nodeEnv: false, minimize: false },
  resolve: {
    extensions: ['.ts', '.js'],
    plugins: [new TsconfigPathsPlugin({ configFile: join(__dirname, 'tsconfig.app.json') })],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: { configFile: join(__dirname, 'tsconfig.app.json'), transpileOnly: true },
      },
    ],
  },
};
