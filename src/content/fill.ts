import { startFiller } from './fill-controller.ts';

startFiller();
