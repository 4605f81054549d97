"""Herstelstats: registration statistics of the WODC report Herstel in detentie."""
