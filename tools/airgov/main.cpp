// The airgov command-line tool. All of its code is in the airgov_app library (tools/airgov/*.cpp).
#include "tools/airgov/commands.hpp"

int main(int argc, char** argv) { return airgov::cli::main(argc, argv); }
