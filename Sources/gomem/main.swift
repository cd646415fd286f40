// main.swift — placeholder replaced by the command line.
import GomemDriver
