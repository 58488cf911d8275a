import { startPageController } from './page-controller.ts';

startPageController();
