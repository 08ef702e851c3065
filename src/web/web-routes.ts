// The web routes are one class of the route module's table: classified there with the others.
export { WEB_ROUTES } from '../routes/classify-route.js'
