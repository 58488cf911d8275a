import { render } from 'preact';
import { App } from './App.tsx';
import { extensionClient } from './client.ts';
import './popup.css';

render(<App client={extensionClient} />, document.getElementById('app')!);
