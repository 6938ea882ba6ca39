#define GIPA_VERSION "0.1.0"
