/**
 * The application catalogue, per project: applications and their versions (SPEC 2.A.1-2.A.7). The
 * fleet file seeds it; deploys and the other app actions name its versions. Depends only on {@code
 * web}.
 */
package dev.cphemulator.apps;
