// Bundles the API into dist/apps/api: main.js (the server), migrate.js (`npm run db:migrate`) and
// records-import.js (`npm run records:import`).
// Workspace libraries are compiled in through the tsconfig paths; npm packages stay external.
const { join } = require('path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = join(__dirname, '../..');

module.exports = {
  mode: 'none',
  target: 'node',
  context: __dirname,
  entry: { main: './src/main.ts', migrate: './src/migrate.ts', 'records-import': './src/records-import.ts' },
  output: { path: join(root, 'dist/apps/api'), filename: '[name].js', clean: true },
  devtool: 'source-map',
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: join(root, 'node_modules') })],
  // NODE_ENV is read at run time (the embedded demo and production differ), never baked in.
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
        // Type checking is `npm run typecheck`; the build only transpiles (with decorator metadata).
        options: { configFile: join(__dirname, 'tsconfig.app.json'), transpileOnly: true },
      },
    ],
  },
};
